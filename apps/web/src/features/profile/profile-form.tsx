'use client';

import type { Locale } from '@teamspiegel/domain';
import type { TProfile } from '@teamspiegel/domain/api/profile';
import { useTranslations } from 'next-intl';
import { type FormEvent, useActionState, useId, useMemo, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/api/errors';
import { saveProfile } from './actions';
import { AmbitionsSection } from './ambitions-section';
import { CompetenciesSection } from './competencies-section';
import { ContactsSection } from './contacts-section';
import {
  emptyAmbition,
  emptyContact,
  fieldErrorLookup,
  initialState,
  type ProfileFormState,
  type SentOrder,
  toPayload,
  validate,
  withAmbition,
  withContact,
  withLevel,
  withRating,
} from './form-model';
import { LevelsSection } from './levels-section';
import { SaveBar } from './save-bar';

/** Her own profile: levels, competencies, surroundings contacts and ambitions, saved at once. */
export function ProfileForm({ profile, etag, locale }: { profile: TProfile; etag: string; locale: Locale }) {
  const t = useTranslations('profile');
  const uid = useId();
  const [state, setState] = useState<ProfileFormState>(() => initialState(profile));
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(saveProfile, null);
  const submitted = useRef<SentOrder | null>(null);

  const initialJson = useMemo(() => JSON.stringify(toPayload(initialState(profile)).body), [profile]);
  const payload = toPayload(state);
  const payloadJson = JSON.stringify(payload.body);
  const dirty = payloadJson !== initialJson;

  const failure = result && !result.ok ? result : null;
  const fieldErrors: Record<string, string> = clientErrors ?? failure?.fieldErrors ?? {};
  const errors = fieldErrorLookup(fieldErrors, submitted.current ?? payload);
  const messageFor = (field: string) =>
    t.has(`fieldErrors.${field}`) ? t(`fieldErrors.${field}`) : t('fieldErrors.generic');
  const shared = { uid, errors, messageFor, locale };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const found = validate(state);
    if (Object.keys(found).length > 0) {
      event.preventDefault();
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    submitted.current = { areaOrder: payload.areaOrder, competencyOrder: payload.competencyOrder };
  };

  return (
    <form action={action} onSubmit={onSubmit} noValidate data-testid="profile-form" className="space-y-8">
      <input type="hidden" name="etag" value={etag} />
      <input type="hidden" name="payload" value={payloadJson} />

      <LevelsSection
        {...shared}
        profile={profile}
        levels={state.levels}
        onChange={(area, value) => setState((s) => withLevel(s, area, value))}
      />
      <CompetenciesSection
        {...shared}
        ratings={state.ratings}
        onChange={(competency, value) => setState((s) => withRating(s, competency, value))}
      />
      <ContactsSection
        {...shared}
        contacts={state.contacts}
        onChange={(key, patch) => setState((s) => withContact(s, key, patch))}
        onRemove={(key) => setState((s) => ({ ...s, contacts: s.contacts.filter((c) => c.key !== key) }))}
        onAdd={() => setState((s) => ({ ...s, contacts: [...s.contacts, emptyContact()] }))}
      />
      <AmbitionsSection
        {...shared}
        profile={profile}
        ambitions={state.ambitions}
        onChange={(key, patch) => setState((s) => withAmbition(s, key, patch))}
        onRemove={(key) => setState((s) => ({ ...s, ambitions: s.ambitions.filter((a) => a.key !== key) }))}
        onAdd={() => setState((s) => ({ ...s, ambitions: [...s.ambitions, emptyAmbition()] }))}
      />

      <SaveBar
        failure={failure}
        hasErrors={Object.keys(fieldErrors).length > 0}
        pending={pending}
        dirty={dirty}
      />
    </form>
  );
}
