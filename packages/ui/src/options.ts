import {
  EDUCATION_LABELS,
  EDUCATION_LEVELS,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  SUBJECT_LABELS,
  SUBJECTS,
  TITLE_LABELS,
  TITLES,
} from "@edu2035/domain";
import type { EducationLevel, StaffRole, Subject, Title } from "@edu2035/graphql";

/** Select options for a GraphQL enum from the domain's lower-case codes and Chinese labels. */
function enumOptions<C extends string, E extends string>(codes: readonly C[], labels: Record<C, string>) {
  return codes.map((c) => ({ value: c.toUpperCase() as E, label: labels[c] }));
}

export const ROLE_OPTIONS = enumOptions<(typeof STAFF_ROLES)[number], StaffRole>(
  STAFF_ROLES,
  STAFF_ROLE_LABELS,
);
export const SUBJECT_OPTIONS = enumOptions<(typeof SUBJECTS)[number], Subject>(SUBJECTS, SUBJECT_LABELS);
export const TITLE_OPTIONS = enumOptions<(typeof TITLES)[number], Title>(TITLES, TITLE_LABELS);
export const EDUCATION_OPTIONS = enumOptions<(typeof EDUCATION_LEVELS)[number], EducationLevel>(
  EDUCATION_LEVELS,
  EDUCATION_LABELS,
);
