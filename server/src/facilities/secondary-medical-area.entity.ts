import { AfterLoad, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/node';

/** 二次医療圏: code = prefecture code + two-digit serial (8th medical plan, 2024–2029). */
@Entity({ name: 'secondary_medical_area' })
// Federation entity on the stable public code, so other subgraphs can join on it (graphql/federation.ts).
@Directive('@key(fields: "code")')
@ObjectType('SecondaryMedicalArea', { implements: Node, description: '二次医療圏 (第8次医療計画).', simpleResolvers: true })
export class SecondaryMedicalArea extends Node {
  @PrimaryColumn({ type: 'char', length: 4 })
  @Field(() => String, { description: 'Four-digit code: prefecture code + serial, e.g. "0104".' })
  code!: string;

  @Column({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Index()
  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  @Field(() => String)
  prefectureCode!: string;

  /** The global id is set once per loaded row, so the `id` field needs no resolver of its own. */
  @AfterLoad()
  protected assignGlobalId(): void {
    this.id = toGlobalId('SecondaryMedicalArea', this.code);
  }
}
