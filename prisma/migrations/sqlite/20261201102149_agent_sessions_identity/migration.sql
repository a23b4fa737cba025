-- DropIndex
DROP INDEX "Agent_email_key";

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "identitySecret" TEXT;

-- AlterTable
ALTER TABLE "Agent" ADD COLUMN "deactivatedAt" DATETIME;
ALTER TABLE "Agent" ADD COLUMN "passwordResetExpiresAt" DATETIME;
ALTER TABLE "Agent" ADD COLUMN "passwordResetHash" TEXT;

-- CreateTable
CREATE TABLE "AgentSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agentId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    CONSTRAINT "AgentSession_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AgentSession_agentId_expiresAt_idx" ON "AgentSession"("agentId", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Agent_passwordResetHash_key" ON "Agent"("passwordResetHash");

-- CreateIndex
CREATE INDEX "Agent_email_idx" ON "Agent"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Agent_workspaceId_email_key" ON "Agent"("workspaceId", "email");

