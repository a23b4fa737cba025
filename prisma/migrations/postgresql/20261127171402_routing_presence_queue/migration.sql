-- CreateEnum
CREATE TYPE "AgentStatus" AS ENUM ('ONLINE', 'AWAY', 'OFFLINE');

-- CreateEnum
CREATE TYPE "RoutingStrategy" AS ENUM ('LEAST_BUSY', 'ROUND_ROBIN', 'STICKY', 'MANUAL');

-- CreateEnum
CREATE TYPE "QueueState" AS ENUM ('NONE', 'WAITING', 'ASSIGNED', 'OFFLINE');

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "autoReassignSeconds" INTEGER,
ADD COLUMN     "businessHours" JSONB,
ADD COLUMN     "lastInboxSeq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "maxQueueWaitSeconds" INTEGER,
ADD COLUMN     "offlineReply" TEXT,
ADD COLUMN     "routeOnStart" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "routingStrategy" "RoutingStrategy" NOT NULL DEFAULT 'LEAST_BUSY';

-- AlterTable
ALTER TABLE "Agent" ADD COLUMN     "languages" JSONB,
ADD COLUMN     "lastAssignedAt" TIMESTAMP(3),
ADD COLUMN     "maxConcurrent" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "presence" "AgentStatus" NOT NULL DEFAULT 'OFFLINE',
ADD COLUMN     "skills" JSONB,
ADD COLUMN     "status" "AgentStatus" NOT NULL DEFAULT 'AWAY';

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "awaitingReplySince" TIMESTAMP(3),
ADD COLUMN     "departmentId" TEXT,
ADD COLUMN     "language" TEXT,
ADD COLUMN     "queueState" "QueueState" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "queuedAt" TIMESTAMP(3),
ADD COLUMN     "skills" JSONB;

-- CreateTable
CREATE TABLE "AgentConnection" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "AgentConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "strategy" "RoutingStrategy",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartmentMember" (
    "departmentId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,

    CONSTRAINT "DepartmentMember_pkey" PRIMARY KEY ("departmentId","agentId")
);

-- CreateTable
CREATE TABLE "ReadReceipt" (
    "conversationId" TEXT NOT NULL,
    "participant" TEXT NOT NULL,
    "lastReadSeq" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadReceipt_pkey" PRIMARY KEY ("conversationId","participant")
);

-- CreateTable
CREATE TABLE "CsatRating" (
    "conversationId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CsatRating_pkey" PRIMARY KEY ("conversationId")
);

-- CreateTable
CREATE TABLE "InboxEvent" (
    "workspaceId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboxEvent_pkey" PRIMARY KEY ("workspaceId","seq")
);

-- CreateIndex
CREATE INDEX "AgentConnection_agentId_idx" ON "AgentConnection"("agentId");

-- CreateIndex
CREATE INDEX "AgentConnection_workspaceId_idx" ON "AgentConnection"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Department_workspaceId_name_key" ON "Department"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "DepartmentMember_agentId_idx" ON "DepartmentMember"("agentId");

-- CreateIndex
CREATE INDEX "CsatRating_workspaceId_createdAt_idx" ON "CsatRating"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_workspaceId_queueState_queuedAt_idx" ON "Conversation"("workspaceId", "queueState", "queuedAt");

-- CreateIndex
CREATE INDEX "Conversation_assigneeId_status_idx" ON "Conversation"("assigneeId", "status");

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentConnection" ADD CONSTRAINT "AgentConnection_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentMember" ADD CONSTRAINT "DepartmentMember_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentMember" ADD CONSTRAINT "DepartmentMember_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadReceipt" ADD CONSTRAINT "ReadReceipt_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CsatRating" ADD CONSTRAINT "CsatRating_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxEvent" ADD CONSTRAINT "InboxEvent_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

