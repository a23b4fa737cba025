-- DropForeignKey
ALTER TABLE "InboxEvent" DROP CONSTRAINT "InboxEvent_workspaceId_fkey";

-- AlterTable
ALTER TABLE "Workspace" DROP COLUMN "lastInboxSeq";

-- AlterTable
ALTER TABLE "ApiKey" DROP COLUMN "lastUsedAt";

-- DropTable
DROP TABLE "InboxEvent";

