/** The PostgreSQL variant of prisma/schema.prisma (same models, other provider and output). */
export function derivePostgresSchema(sqliteSchema: string): string;
