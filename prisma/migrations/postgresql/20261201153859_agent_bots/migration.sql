-- CreateEnum
CREATE TYPE "AgentBotMode" AS ENUM ('SUBSCRIPTION', 'WEBHOOK');

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "agentBotId" TEXT;

-- CreateTable
CREATE TABLE "AgentBot" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "departmentId" TEXT,
    "name" TEXT NOT NULL,
    "avatarUrl" TEXT,
    "mode" "AgentBotMode" NOT NULL DEFAULT 'SUBSCRIPTION',
    "webhookUrl" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgentBot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgentBot_workspaceId_departmentId_idx" ON "AgentBot"("workspaceId", "departmentId");

-- CreateIndex
CREATE INDEX "ApiKey_agentBotId_idx" ON "ApiKey"("agentBotId");

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_agentBotId_fkey" FOREIGN KEY ("agentBotId") REFERENCES "AgentBot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentBot" ADD CONSTRAINT "AgentBot_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentBot" ADD CONSTRAINT "AgentBot_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

