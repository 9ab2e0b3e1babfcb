import { Foundation1764000000000 } from './1764000000000-Foundation';
import { BedSnapshots1764200000000 } from './1764200000000-BedSnapshots';
import { ApiCostBudget1764500000000 } from './1764500000000-ApiCostBudget';

/** Every migration in order. Both the embedded database and DATABASE_URL run exactly these. */
export const migrations = [Foundation1764000000000, BedSnapshots1764200000000, ApiCostBudget1764500000000];
