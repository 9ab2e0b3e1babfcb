import { Field, InputType } from 'type-graphql';
import { FacilityKind } from './facility.entity';

@InputType('FacilityFilter', { description: 'Filters for facilities; all given conditions must hold.' })
export class FacilityFilter {
  @Field(() => String, { nullable: true, description: 'JIS prefecture code, e.g. "13".' })
  prefectureCode?: string | null;

  @Field(() => String, { nullable: true, description: '二次医療圏 code, e.g. "1301".' })
  secondaryMedicalAreaCode?: string | null;

  @Field(() => FacilityKind, { nullable: true })
  kind?: FacilityKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Partial match on the facility name, insensitive to full-/half-width forms and case.',
  })
  name?: string | null;
}
