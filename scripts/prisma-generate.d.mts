/** The PostgreSQL variant of prisma/schema.prisma (same models, other provider and output). */
export function derivePostgresSchema(sqliteSchema: string): string;
/** The MySQL/MariaDB variant: other provider and output, and String columns sized for MySQL. */
export function deriveMysqlSchema(sqliteSchema: string): string;
