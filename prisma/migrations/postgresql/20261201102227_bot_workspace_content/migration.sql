-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "botRevision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "botSettings" JSONB;

-- AlterTable
ALTER TABLE "KnowledgeEntry" ADD COLUMN     "intent" TEXT;

-- AlterTable
ALTER TABLE "BotIntent" ADD COLUMN     "answerEnabled" BOOLEAN NOT NULL DEFAULT true;

