/** "Voornaam Achternaam" (tussenvoegsels live in lastName, e.g. "van der Linden"). */
export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
