-- DropIndex
DROP INDEX "Agent_email_key";

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "identitySecret" TEXT;

-- AlterTable
ALTER TABLE "Agent" ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "passwordResetExpiresAt" TIMESTAMP(3),
ADD COLUMN     "passwordResetHash" TEXT;

-- CreateTable
CREATE TABLE "AgentSession" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AgentSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgentSession_agentId_expiresAt_idx" ON "AgentSession"("agentId", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Agent_passwordResetHash_key" ON "Agent"("passwordResetHash");

-- CreateIndex
CREATE INDEX "Agent_email_idx" ON "Agent"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Agent_workspaceId_email_key" ON "Agent"("workspaceId", "email");

-- AddForeignKey
ALTER TABLE "AgentSession" ADD CONSTRAINT "AgentSession_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

