import type { AreaId } from '@teamspiegel/domain';
import { levelId } from './area-level-rows.ts';
import type { TenantBuilder } from './builder.ts';

const MOTIVATIONS: Record<'verbreden' | 'verdiepen', string[]> = {
  verdiepen: [
    'Ik wil hier echt expert in worden en collega’s kunnen helpen.',
    'Ik merk dat kinderen in mijn groep hier baat bij hebben; ik wil er meer van weten.',
    'Na jaren ervaring wil ik me verder specialiseren en vraagbaak zijn voor het team.',
    'Ik wil dit onderdeel steviger neerzetten in onze groep.',
  ],
  verbreden: [
    'Ik wil de andere kant van het kindcentrum beter leren kennen.',
    'Door de samenwerking met de opvang ben ik nieuwsgierig geworden naar dit domein.',
    'Ik zou graag een rol erbij nemen naast mijn werk in de groep.',
    'Ik wil een brug slaan tussen onderwijs en opvang.',
  ],
};

/** Ambitions and development actions: pipelines for some gaps, plus everyday variety. */
export function addDemoDevelopment(b: TenantBuilder): void {
  const random = b.random;

  // Pipelines towards gaps (targeted, so the demo shows them).
  const pipelines: Array<Parameters<typeof pipeline>[1]> = [
    ['baby', 'gezondheid', 3, 'training', 'Scholing gezondheid en leefstijl jonge kind', 'GGD Deltaland'],
    [
      'bso-ontdekkers',
      'gezondheid',
      3,
      'training',
      'Cursus Gezonde Kinderopvang',
      'Stichting Gezonde Opvang',
    ],
    [
      'zorg',
      'onderzoek_innovatie',
      3,
      'coaching',
      'Begeleiding praktijkonderzoek IKC-lab',
      'Hogeschool Deltaland',
    ],
    [
      'onderbouw',
      'didactiek',
      4,
      'training',
      'Master Educational Needs (rekenspecialist)',
      'Hogeschool Deltaland',
    ],
    [
      'unit36',
      'psychologie_orthopedagogiek',
      3,
      'training',
      'Post-hbo Gedrag en ontwikkeling jonge kind',
      'Hogeschool Deltaland',
    ],
    [
      'onderbouw',
      'onderzoek_innovatie',
      2,
      'coaching',
      'IKC-lab: doorlopende ontwikkellijn onderzoeken',
      'Hogeschool Deltaland',
    ],
  ];
  for (const spec of pipelines) pipeline(b, spec);

  // Hiring for gaps that development alone will not close.
  b.action({
    key: 'werving-bovenbouw',
    type: 'werving',
    title: 'Vacature leerkracht bovenbouw (expert rekenen)',
    team: 'bovenbouw',
    area: 'didactiek',
    targetLevel: 'expert',
    status: 'in_progress',
    startMonths: -1,
    durationMonths: 3,
    notes: 'Vacature uitgezet via het bestuursbureau.',
  });
  b.action({
    key: 'werving-zorg',
    type: 'werving',
    title: 'Vacature orthopedagoog-generalist',
    team: 'zorg',
    area: 'psychologie_orthopedagogiek',
    targetLevel: 'expert',
    status: 'planned',
    startMonths: 2,
    durationMonths: 4,
  });
  b.action({
    key: 'werving-baby',
    type: 'werving',
    title: 'Vacature pedagogisch medewerker babygroep (0,8 fte)',
    team: 'baby',
    area: 'verzorging',
    targetLevel: 'ervaren',
    status: 'completed',
    startMonths: -6,
    durationMonths: 2,
    notes: 'Ingevuld per 1 oktober.',
  });
  b.action({
    key: 'werving-appeltjes',
    type: 'werving',
    title: 'Vacature pm-er VVE',
    team: 'appeltjes',
    area: 'didactiek',
    targetLevel: 'starter',
    status: 'cancelled',
    startMonths: -4,
    durationMonths: 2,
    notes: 'Ingetrokken: opgelost met interne verschuiving.',
  });

  // Open hires aimed at the zorgteam's role and surroundings gaps (3 intern begeleiders for 2,
  // 3 people in contact with de wetenschap for 2): the plan shows them as "al in het plan".
  b.action({
    key: 'werving-ib-zorg',
    type: 'werving',
    title: 'Vacature intern begeleider zorgteam',
    team: 'zorg',
    targetRole: 'intern_begeleider',
    status: 'planned',
    startMonths: 1,
    durationMonths: 3,
  });
  b.action({
    key: 'werving-wetenschap-zorg',
    type: 'werving',
    title: 'Vacature orthopedagoog-onderzoeker (samenwerking hogeschool)',
    team: 'zorg',
    targetCircle: 'wetenschap',
    status: 'in_progress',
    startMonths: -1,
    durationMonths: 4,
    notes: 'Gezamenlijke aanstelling met de lectoraatsgroep van Hogeschool Deltaland.',
  });

  // Team-wide intervision and coaching.
  b.action({
    key: 'intervisie-unit36',
    type: 'intervisie',
    title: 'Intervisie unit 3-6: één kind, één plan',
    person: 'lotte-dekker',
    team: 'unit36',
    area: 'professionele_versterking',
    targetLevel: 'starter',
    provider: 'Intern (Ingrid van der Linden)',
    status: 'in_progress',
    startMonths: -2,
    durationMonths: 8,
  });
  b.action({
    key: 'coaching-femke',
    type: 'coaching',
    title: 'Coaching on the job: VVE-didactiek',
    person: 'femke-de-boer',
    team: 'peuter',
    area: 'didactiek',
    targetLevel: 'ervaren',
    provider: 'Pedagogisch coach De Delta',
    status: 'planned',
    startMonths: 1,
    durationMonths: 6,
  });
  b.action({
    key: 'omscholing-bso',
    type: 'omscholing',
    title: 'Zij-instroom pabo',
    person: 'bso-ontdekkers-04',
    team: 'bso-ontdekkers',
    area: 'didactiek',
    targetLevel: 'ervaren',
    provider: 'Pabo Hogeschool Deltaland',
    status: 'planned',
    startMonths: 4,
    durationMonths: 24,
    costEuros: 8900,
  });

  // Everyday variety: about a third of the people state an ambition, some with an action.
  const statuses = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
  const types = ['training', 'coaching', 'omscholing', 'intervisie'] as const;
  for (const person of b.people.values()) {
    if (person.archetype === null || !random.chance(0.33)) continue;
    const owned = (Object.entries(person.levels) as Array<[AreaId, number]>).filter(([, r]) => r > 0);
    const deepen = owned.filter(([, r]) => r < 4);
    const direction = deepen.length > 0 && random.chance(0.6) ? 'verdiepen' : 'verbreden';
    let area: AreaId;
    let target: 1 | 2 | 3 | 4;
    if (direction === 'verdiepen') {
      const [a, r] = random.pick(deepen);
      area = a;
      target = (r + 1) as 2 | 3 | 4;
    } else {
      const missing = (
        [
          'gezondheid',
          'onderzoek_innovatie',
          'professionele_versterking',
          'organisatie_samenwerking',
          'psychologie_orthopedagogiek',
        ] as const
      ).filter((a) => (person.levels[a] ?? 0) === 0);
      if (missing.length === 0) continue;
      area = random.pick(missing);
      target = 2;
    }
    const status = random.pick(['active', 'active', 'active', 'active', 'achieved', 'withdrawn'] as const);
    b.ambition({
      person: person.key,
      direction,
      area,
      targetLevel: levelId(target),
      monthsAhead: status === 'active' ? random.int(6, 30) : random.int(-10, -1),
      motivation: random.pick(MOTIVATIONS[direction]),
      visibility: random.pick(['self', 'manager', 'manager', 'hr'] as const),
      status,
    });
    if (random.chance(0.45)) {
      const type = direction === 'verbreden' && random.chance(0.5) ? 'omscholing' : random.pick(types);
      const actionStatus = random.pick(statuses);
      b.action({
        type,
        title: `${type === 'omscholing' ? 'Omscholing' : type === 'coaching' ? 'Coaching' : type === 'intervisie' ? 'Intervisiegroep' : 'Scholing'} ${area.replaceAll('_', ' ')}`,
        person: person.key,
        team: person.teams[0],
        area,
        targetLevel: levelId(target),
        provider: random.pick([
          'ROC Deltacollege',
          'Hogeschool Deltaland',
          'Intern (pedagogisch coach)',
          'Bureau Kindwijs',
        ]),
        status: actionStatus,
        startMonths: actionStatus === 'planned' ? random.int(1, 6) : random.int(-14, -1),
        durationMonths: random.int(2, 12),
        costEuros: type === 'intervisie' ? 0 : random.int(4, 40) * 100,
      });
    }
  }
}

type PipelineSpec = [
  team: string,
  area: AreaId,
  rank: 2 | 3 | 4,
  type: 'training' | 'coaching' | 'omscholing',
  title: string,
  provider: string,
];

/**
 * Gives a team member below `rank` in `area` (preferably one level below) an ambition and a
 * running action towards it, so the requirement shows a pipeline.
 */
function pipeline(b: TenantBuilder, [team, area, rank, type, title, provider]: PipelineSpec): void {
  const candidates = b.membersOf(team).filter((p) => p.archetype !== null && (p.levels[area] ?? 0) < rank);
  const candidate = candidates.find((p) => (p.levels[area] ?? 0) === rank - 1) ?? candidates[0];
  if (!candidate) throw new Error(`no pipeline candidate in ${team} for ${area}`);
  const broaden = (candidate.levels[area] ?? 0) === 0;
  b.ambition({
    person: candidate.key,
    direction: broaden ? 'verbreden' : 'verdiepen',
    area,
    targetLevel: levelId(rank),
    monthsAhead: 9,
    motivation: broaden
      ? 'Ik wil dit nieuwe domein leren kennen; het team heeft het nodig en het trekt me al langer.'
      : 'Het team heeft dit nodig en het past bij wat ik graag doe; ik wil me hierin verdiepen.',
    visibility: 'manager',
  });
  b.action({
    key: `pipeline-${team}-${area}`,
    type,
    title,
    person: candidate.key,
    team,
    area,
    targetLevel: levelId(rank),
    provider,
    status: 'in_progress',
    startMonths: -2,
    durationMonths: 9,
    costEuros: 1450,
  });
}
