// The two isomorphic family trees of Nature 323 (1986), Fig. 2: the people, who married whom and
// who is whose child. Everything else (relationships, cases, targets) is generated from this.

export type Sex = 'M' | 'F';
export type Nationality = 'English' | 'Italian';
/** Which side of the family a person belongs to (Fig. 4, unit 6); 'both' for the children of the two sides. */
export type Branch = 'Christopher-Penelope' | 'Andrew-Christine' | 'both';

export interface Person {
  name: string;
  sex: Sex;
  nationality: Nationality;
  generation: 1 | 2 | 3;
  branch: Branch;
  /** The person in the same position of the other tree. */
  twin: string;
}

interface TreeShape {
  people: Array<{ name: string; sex: Sex; generation: 1 | 2 | 3; branch: Branch }>;
  /** [husband, wife] */
  marriages: Array<[string, string]>;
  /** [father, mother, child] */
  children: Array<[string, string, string]>;
}

/** The English tree, as drawn in Fig. 2 (spellings as printed). */
const ENGLISH: TreeShape = {
  people: [
    { name: 'Christopher', sex: 'M', generation: 1, branch: 'Christopher-Penelope' },
    { name: 'Penelope', sex: 'F', generation: 1, branch: 'Christopher-Penelope' },
    { name: 'Andrew', sex: 'M', generation: 1, branch: 'Andrew-Christine' },
    { name: 'Christine', sex: 'F', generation: 1, branch: 'Andrew-Christine' },
    { name: 'Arthur', sex: 'M', generation: 2, branch: 'Christopher-Penelope' },
    { name: 'Margaret', sex: 'F', generation: 2, branch: 'Christopher-Penelope' },
    { name: 'Victoria', sex: 'F', generation: 2, branch: 'Christopher-Penelope' },
    { name: 'James', sex: 'M', generation: 2, branch: 'Andrew-Christine' },
    { name: 'Jennifer', sex: 'F', generation: 2, branch: 'Andrew-Christine' },
    { name: 'Charles', sex: 'M', generation: 2, branch: 'Andrew-Christine' },
    { name: 'Colin', sex: 'M', generation: 3, branch: 'both' },
    { name: 'Charlotte', sex: 'F', generation: 3, branch: 'both' },
  ],
  marriages: [
    ['Christopher', 'Penelope'],
    ['Andrew', 'Christine'],
    ['Arthur', 'Margaret'],
    ['James', 'Victoria'],
    ['Charles', 'Jennifer'],
  ],
  children: [
    ['Christopher', 'Penelope', 'Arthur'],
    ['Christopher', 'Penelope', 'Victoria'],
    ['Andrew', 'Christine', 'James'],
    ['Andrew', 'Christine', 'Jennifer'],
    ['James', 'Victoria', 'Colin'],
    ['James', 'Victoria', 'Charlotte'],
  ],
};

/** The Italian twin of each English person, in the same position of the second tree. */
const ITALIAN_TWIN: Record<string, string> = {
  Christopher: 'Roberto', Penelope: 'Maria', Andrew: 'Pierro', Christine: 'Francesca',
  Arthur: 'Emilio', Margaret: 'Gina', Victoria: 'Lucia', James: 'Marco',
  Jennifer: 'Angela', Charles: 'Tomaso', Colin: 'Alfonso', Charlotte: 'Sophia',
};

export interface Family {
  /** English people first, then their Italian twins in the same order: the order of the input units. */
  people: Person[];
  marriages: Array<[string, string]>;
  children: Array<[string, string, string]>;
}

const toItalian = (name: string) => ITALIAN_TWIN[name]!;

export function buildFamily(): Family {
  const english: Person[] = ENGLISH.people.map((p) => ({ ...p, nationality: 'English', twin: toItalian(p.name) }));
  const italian: Person[] = ENGLISH.people.map((p) => ({ ...p, name: toItalian(p.name), nationality: 'Italian', twin: p.name }));
  return {
    people: [...english, ...italian],
    marriages: [...ENGLISH.marriages, ...ENGLISH.marriages.map(([h, w]) => [toItalian(h), toItalian(w)] as [string, string])],
    children: [...ENGLISH.children, ...ENGLISH.children.map(([f, m, c]) => [toItalian(f), toItalian(m), toItalian(c)] as [string, string, string])],
  };
}
