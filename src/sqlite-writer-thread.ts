// The entry of the SQLite writer thread (storage/sql/sqlite-writer.ts starts it). It imports every
// module that defines a SQL-store transaction, so the thread can run each by name, then runs the
// thread. A transaction defined elsewhere fails with an error naming this file.
import './conversation-log/append-event.ts';
import './storage/sql/agent-connection.ts';
import './storage/sql/conversation.ts';
import './storage/sql/sqlite-search-index.ts';
import './storage/sql/workspace-event.ts';
import { runSqliteWriterThread } from './storage/sql/sqlite-writer-thread.ts';

runSqliteWriterThread();
