/** Reading the people forms' fields into API bodies (empty text = not given, or null where clearable). */

export function optionalText(form: FormData, name: string): string | null {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
}

/** A decimal field; Dutch users type a comma ("0,8"). NaN goes to the API, which names the field. */
export function optionalNumber(form: FormData, name: string): number | null {
  const value = optionalText(form, name);
  return value === null ? null : Number(value.replace(',', '.'));
}

/** The person form's fields as the body of POST /api/employees or PATCH /api/employees/:id. */
export function personBody(form: FormData) {
  return {
    firstName: String(form.get('firstName') ?? ''),
    lastName: String(form.get('lastName') ?? ''),
    email: String(form.get('email') ?? ''),
    jobTitle: optionalText(form, 'jobTitle'),
    fte: optionalNumber(form, 'fte') ?? undefined,
    startDate: optionalText(form, 'startDate'),
    endDate: optionalText(form, 'endDate'),
  };
}
