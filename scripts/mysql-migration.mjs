// MySQL/MariaDB migration SQL from two Prisma schemas, offline. Prisma 6's JS schema engine (the
// one `prisma migrate diff` runs with `engine: "js"`) only has the SQLite and PostgreSQL flavours,
// and the native engine would be a binary download, so this writes the DDL Prisma Migrate would:
// the same column types, index and constraint names, table options and statement order. It covers
// what Kefu's schema uses (scalar and enum fields, @id/@@id, @unique/@@unique, @@index, relations
// with fields/references/onDelete, @default, @updatedAt, @db.Text/@db.VarChar) and refuses the rest.

const SCALARS = {
  String: 'VARCHAR(191)',
  Int: 'INTEGER',
  BigInt: 'BIGINT',
  Float: 'DOUBLE',
  Decimal: 'DECIMAL(65, 30)',
  Boolean: 'BOOLEAN',
  DateTime: 'DATETIME(3)',
  Json: 'JSON',
  Bytes: 'LONGBLOB',
};
const REFERENTIAL_ACTIONS = { Cascade: 'CASCADE', SetNull: 'SET NULL', Restrict: 'RESTRICT', NoAction: 'NO ACTION', SetDefault: 'SET DEFAULT' };
const MAX_IDENTIFIER = 64;

const q = (name) => `\`${name}\``;
const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
const constraintName = (model, columns, suffix) => `${model}_${columns.join('_')}`.slice(0, MAX_IDENTIFIER - suffix.length - 1) + `_${suffix}`;

/** Enums and models of a Prisma schema, with each field's type and attributes. */
export function parsePrismaSchema(text) {
  const source = text.replace(/\/\/[^\n]*/g, '');
  const enums = new Map();
  for (const [, name, body] of source.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) enums.set(name, body.split(/\s+/).filter(Boolean));
  const models = [];
  for (const [, name, body] of source.matchAll(/^model (\w+) \{\n(.*?)^\}/gms)) {
    const fields = [];
    const blockAttributes = [];
    for (const line of body.split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (line.startsWith('@@')) {
        blockAttributes.push(line);
        continue;
      }
      const [, field, type, modifier, attributes] = /^(\w+)\s+(\w+)(\?|\[\])?\s*(.*)$/.exec(line) ?? [];
      if (!field) throw new Error(`model ${name}: cannot read field line "${line}"`);
      fields.push({ name: field, type, optional: modifier === '?', list: modifier === '[]', attributes });
    }
    models.push({ name, fields, blockAttributes });
  }
  return { enums, models };
}

function columnType(field, enums) {
  const native = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(field.attributes);
  if (native) return native[2] ? `${native[1].toUpperCase()}(${native[2]})` : native[1].toUpperCase();
  if (enums.has(field.type)) return `ENUM(${enums.get(field.type).map((v) => `'${v}'`).join(', ')})`;
  const type = SCALARS[field.type];
  if (!type) throw new Error(`field ${field.name}: type ${field.type} is not supported by scripts/mysql-migration.mjs`);
  return type;
}

function columnDefault(field, enums) {
  const match = /@default\((.*?)\)(?:\s|$)/.exec(field.attributes) ?? /@default\((.*)\)/.exec(field.attributes);
  if (!match) return '';
  const value = match[1];
  if (value === 'now()') return ' DEFAULT CURRENT_TIMESTAMP(3)';
  if (/^(cuid|uuid|nanoid|ulid)\(/.test(value)) return ''; // made by Prisma Client
  if (value === 'autoincrement()') return ' AUTO_INCREMENT';
  if (/^"/.test(value)) return ` DEFAULT '${JSON.parse(value).replace(/'/g, "''")}'`;
  if (enums.has(field.type)) return ` DEFAULT '${value}'`;
  if (/^(-?[\d.]+|true|false)$/.test(value)) return ` DEFAULT ${value}`;
  throw new Error(`field ${field.name}: @default(${value}) is not supported by scripts/mysql-migration.mjs`);
}

/** The tables a schema describes: columns, primary key, indexes and foreign keys, each as SQL. */
export function mysqlTables(schema) {
  const { enums, models } = parsePrismaSchema(schema);
  const modelNames = new Set(models.map((m) => m.name));
  const tables = new Map();
  for (const model of models) {
    const columns = new Map();
    const indexes = new Map();
    const foreignKeys = new Map();
    let primaryKey = [];
    for (const field of model.fields) {
      if (/@map\(|@ignore/.test(field.attributes)) throw new Error(`${model.name}.${field.name}: @map/@ignore are not supported by scripts/mysql-migration.mjs`);
      if (modelNames.has(field.type)) {
        const relation = /@relation\((.*)\)/.exec(field.attributes)?.[1] ?? '';
        const fields = /fields:\s*\[([^\]]*)\]/.exec(relation);
        if (!fields) continue; // the other side of a relation
        const references = list(/references:\s*\[([^\]]*)\]/.exec(relation)[1]);
        const from = list(fields[1]);
        const onDelete = /onDelete:\s*(\w+)/.exec(relation)?.[1] ?? (field.optional ? 'SetNull' : 'Restrict');
        const onUpdate = /onUpdate:\s*(\w+)/.exec(relation)?.[1] ?? 'Cascade';
        const name = constraintName(model.name, from, 'fkey');
        foreignKeys.set(
          name,
          `ALTER TABLE ${q(model.name)} ADD CONSTRAINT ${q(name)} FOREIGN KEY (${from.map(q).join(', ')}) REFERENCES ${q(field.type)}(${references.map(q).join(', ')}) ON DELETE ${REFERENTIAL_ACTIONS[onDelete]} ON UPDATE ${REFERENTIAL_ACTIONS[onUpdate]}`,
        );
        continue;
      }
      if (field.list) throw new Error(`${model.name}.${field.name}: scalar lists are not supported by MySQL`);
      columns.set(field.name, `${q(field.name)} ${columnType(field, enums)}${field.optional ? ' NULL' : ' NOT NULL'}${columnDefault(field, enums)}`);
      if (/@id\b/.test(field.attributes)) primaryKey = [field.name];
      if (/@unique\b/.test(field.attributes)) indexes.set(constraintName(model.name, [field.name], 'key'), { unique: true, columns: [field.name] });
    }
    for (const attribute of model.blockAttributes) {
      const [, kind, fieldList] = /^@@(id|unique|index)\(\[([^\]]*)\]/.exec(attribute) ?? [];
      if (!kind) throw new Error(`${model.name}: ${attribute} is not supported by scripts/mysql-migration.mjs`);
      if (/name:|map:/.test(attribute)) throw new Error(`${model.name}: named indexes are not supported by scripts/mysql-migration.mjs`);
      const fields = list(fieldList);
      if (kind === 'id') primaryKey = fields;
      else indexes.set(constraintName(model.name, fields, kind === 'unique' ? 'key' : 'idx'), { unique: kind === 'unique', columns: fields });
    }
    tables.set(model.name, { columns, primaryKey, indexes, foreignKeys });
  }
  return tables;
}

const indexSql = (name, { unique, columns }) => `${unique ? 'UNIQUE ' : ''}INDEX ${q(name)}(${columns.map(q).join(', ')})`;
const sameIndex = (a, b) => a.unique === b.unique && a.columns.join() === b.columns.join();

function createTable(name, table) {
  const lines = [
    ...[...table.columns.values()],
    ...[...table.indexes].map(([index, spec]) => indexSql(index, spec)),
    `PRIMARY KEY (${table.primaryKey.map(q).join(', ')})`,
  ];
  return `-- CreateTable\nCREATE TABLE ${q(name)} (\n${lines.map((l) => `    ${l}`).join(',\n')}\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n`;
}

/** Migration SQL from one schema to the other (empty string: nothing to do). `from` null: from an empty database. */
export function mysqlMigrationSql(from, to) {
  const before = from ? mysqlTables(from) : new Map();
  const after = mysqlTables(to);
  const steps = [];
  const emit = (comment, sql) => steps.push(`-- ${comment}\n${sql};\n`);
  const droppedIndexes = (name, table) => [...table.indexes].filter(([index, spec]) => !after.get(name)?.indexes.has(index) || !sameIndex(spec, after.get(name).indexes.get(index)));
  // MySQL refuses to drop an index a foreign key uses: a table losing an index has its keys re-added.
  const readded = new Set([...before].filter(([name, table]) => after.has(name) && droppedIndexes(name, table).length > 0).map(([name]) => name));
  const keeps = (name, fk, sql) => !readded.has(name) && before.get(name)?.foreignKeys.get(fk) === sql;
  for (const [name, table] of before) {
    for (const fk of table.foreignKeys.keys()) if (!keeps(name, fk, after.get(name)?.foreignKeys.get(fk))) emit('DropForeignKey', `ALTER TABLE ${q(name)} DROP FOREIGN KEY ${q(fk)}`);
  }
  for (const [name, table] of before) {
    if (after.has(name)) for (const [index] of droppedIndexes(name, table)) emit('DropIndex', `DROP INDEX ${q(index)} ON ${q(name)}`);
  }
  for (const name of before.keys()) if (!after.has(name)) emit('DropTable', `DROP TABLE ${q(name)}`);
  for (const [name, table] of after) {
    const previous = before.get(name);
    if (!previous) {
      steps.push(createTable(name, table));
      continue;
    }
    const changes = [];
    for (const column of previous.columns.keys()) if (!table.columns.has(column)) changes.push(`DROP COLUMN ${q(column)}`);
    for (const [column, sql] of table.columns) {
      if (!previous.columns.has(column)) changes.push(`ADD COLUMN ${sql}`);
      else if (previous.columns.get(column) !== sql) changes.push(`MODIFY ${sql}`);
    }
    if (previous.primaryKey.join() !== table.primaryKey.join()) changes.push('DROP PRIMARY KEY', `ADD PRIMARY KEY (${table.primaryKey.map(q).join(', ')})`);
    if (changes.length > 0) emit('AlterTable', `ALTER TABLE ${q(name)} ${changes.join(',\n    ')}`);
    for (const [index, spec] of table.indexes) {
      const old = previous.indexes.get(index);
      if (!old || !sameIndex(old, spec)) emit('CreateIndex', `CREATE ${indexSql(index, spec).replace(/\(/, ` ON ${q(name)}(`)}`);
    }
  }
  for (const [name, table] of after) {
    for (const [fk, sql] of table.foreignKeys) if (!keeps(name, fk, sql)) emit('AddForeignKey', sql);
  }
  return steps.join('\n');
}
