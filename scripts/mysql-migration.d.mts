/** MySQL/MariaDB migration SQL between two Prisma schemas ('' when they match; from null: an empty database). */
export function mysqlMigrationSql(from: string | null, to: string): string;
