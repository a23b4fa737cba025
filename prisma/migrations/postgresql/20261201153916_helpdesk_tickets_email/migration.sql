-- AlterEnum
ALTER TYPE "MessageKind" ADD VALUE 'LEFT_MESSAGE';

-- AlterTable
ALTER TABLE "Workspace" ALTER COLUMN "maxQueueWaitSeconds" SET DEFAULT 300;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "leftMessageAt" TIMESTAMP(3),
ADD COLUMN     "number" INTEGER,
ADD COLUMN     "snoozedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ConversationCounter" (
    "id" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConversationCounter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Conversation_snoozedUntil_idx" ON "Conversation"("snoozedUntil");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_workspaceId_number_key" ON "Conversation"("workspaceId", "number");

-- AddForeignKey
ALTER TABLE "ConversationCounter" ADD CONSTRAINT "ConversationCounter_id_fkey" FOREIGN KEY ("id") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Number the existing conversations per workspace in creation order, and start each counter there.
UPDATE "Conversation" SET "number" = n."rn" FROM (SELECT "id", ROW_NUMBER() OVER (PARTITION BY "workspaceId" ORDER BY "createdAt", "id") AS "rn" FROM "Conversation") AS n WHERE "Conversation"."id" = n."id";
INSERT INTO "ConversationCounter" ("id", "lastNumber") SELECT "workspaceId", MAX("number") FROM "Conversation" GROUP BY "workspaceId";
