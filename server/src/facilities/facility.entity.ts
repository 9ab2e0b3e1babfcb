import { AfterLoad, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Directive, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/node';
import { Prefecture } from './prefecture.entity';
import { referenceCatalogOfFacilities } from './reference-catalog';
import { SecondaryMedicalArea } from './secondary-medical-area.entity';

export enum FacilityKind {
  HOSPITAL = 'HOSPITAL',
  CLINIC = 'CLINIC',
  DENTAL_CLINIC = 'DENTAL_CLINIC',
  PHARMACY = 'PHARMACY',
  HEALTH_CENTER = 'HEALTH_CENTER',
}

registerEnumType(FacilityKind, {
  name: 'FacilityKind',
  description: '施設類型',
  valuesConfig: {
    HOSPITAL: { description: '病院' },
    CLINIC: { description: '一般診療所' },
    DENTAL_CLINIC: { description: '歯科診療所' },
    PHARMACY: { description: '薬局' },
    HEALTH_CENTER: { description: '保健所' },
  },
});

export const FACILITY_KIND_LABELS: Record<FacilityKind, string> = {
  HOSPITAL: '病院',
  CLINIC: '一般診療所',
  DENTAL_CLINIC: '歯科診療所',
  PHARMACY: '薬局',
  HEALTH_CENTER: '保健所',
};

/** A medical institution or health centre. Relations (prefecture, area) resolve through loaders. */
@Entity({ name: 'facility' })
// Federation entity on the stable public code, so other subgraphs can join on it (graphql/federation.ts).
@Directive('@key(fields: "code")')
@ObjectType('Facility', { implements: Node, description: '医療機関・保健所', simpleResolvers: true })
export class Facility extends Node {
  /** Database key; the API exposes only the global id. */
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'integer' })
  dbId!: number;

  @Index({ unique: true })
  @Column({ type: 'char', length: 10 })
  @Field(() => String, { description: '医療機関コード (10 digits, check digit validated).' })
  code!: string;

  @Column({ type: 'text' })
  @Field(() => String)
  name!: string;

  /** NFKC-folded name for partial, width-insensitive search (see searchKey). */
  @Column({ name: 'name_search_key', type: 'text' })
  nameSearchKey!: string;

  @Column({ type: 'text' })
  @Field(() => FacilityKind)
  kind!: FacilityKind;

  @Column({ name: 'postal_code', type: 'char', length: 7 })
  @Field(() => String, { description: 'Postal code, 7 digits without hyphen.' })
  postalCode!: string;

  @Index()
  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  @Field(() => String)
  prefectureCode!: string;

  @Column({ name: 'address', type: 'text' })
  @Field(() => String, { description: '市区町村・番地等' })
  address!: string;

  @Column({ name: 'building', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '建物名・具体的な施設名' })
  building!: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Index()
  @Column({ name: 'area_code', type: 'char', length: 4 })
  @Field(() => String, { description: '二次医療圏コード' })
  areaCode!: string;

  @Column({ type: 'double precision', nullable: true })
  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt!: Date;

  /**
   * From the reference catalog in memory (a getter below): read with the row, no statement and no
   * resolver call per row (reference-catalog.ts).
   */
  @Field(() => Prefecture)
  readonly prefecture!: Prefecture | null;

  @Field(() => SecondaryMedicalArea)
  readonly secondaryMedicalArea!: SecondaryMedicalArea | null;

  /** The global id is set once per loaded row, so the `id` field needs no resolver of its own. */
  @AfterLoad()
  protected assignGlobalId(): void {
    this.id = toGlobalId('Facility', this.dbId);
  }
}

// Getters on the prototype, so the fields above stay plain properties to GraphQL (no resolver), for
// facilities loaded by TypeORM, built from raw rows or just created alike.
Object.defineProperties(Facility.prototype, {
  prefecture: {
    get(this: Facility) {
      return referenceCatalogOfFacilities().prefecture(this.prefectureCode);
    },
  },
  secondaryMedicalArea: {
    get(this: Facility) {
      return referenceCatalogOfFacilities().area(this.areaCode);
    },
  },
});
