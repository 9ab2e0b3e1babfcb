import { AfterLoad, Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/node';

/** A prefecture, keyed by its JIS X 0401 code ("01" 北海道 … "47" 沖縄県). */
@Entity({ name: 'prefecture' })
// Federation entity on the stable public code, so other subgraphs can join on it (graphql/federation.ts).
@Directive('@key(fields: "code")')
@ObjectType('Prefecture', { implements: Node, description: '都道府県 (JIS X 0401).', simpleResolvers: true })
export class Prefecture extends Node {
  @PrimaryColumn({ type: 'char', length: 2 })
  @Field(() => String, { description: 'JIS X 0401 code, two digits ("01"–"47").' })
  code!: string;

  @Column({ type: 'text' })
  @Field(() => String)
  name!: string;

  /** The global id is set once per loaded row, so the `id` field needs no resolver of its own. */
  @AfterLoad()
  protected assignGlobalId(): void {
    this.id = toGlobalId('Prefecture', this.code);
  }
}
