import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A municipality (JIS X 0402, five digits without check digit) and the 二次医療圏 it belongs to. */
@Entity({ name: 'municipality' })
export class Municipality {
  @PrimaryColumn({ type: 'char', length: 5 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'area_code', type: 'char', length: 4 })
  areaCode!: string;
}
