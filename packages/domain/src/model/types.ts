export type Locale = 'nl' | 'en';

/** Dutch is the canonical language of the beroepsbeeld; English sits beside it. */
export type LocalizedText = { readonly nl: string; readonly en: string };

export type ModelItem<Id extends string = string> = {
  readonly id: Id;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
};

export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
