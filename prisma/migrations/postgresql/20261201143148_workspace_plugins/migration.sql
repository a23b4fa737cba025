-- CreateTable
CREATE TABLE "WorkspacePlugin" (
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "settings" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkspacePlugin_pkey" PRIMARY KEY ("workspaceId","name")
);

-- AddForeignKey
ALTER TABLE "WorkspacePlugin" ADD CONSTRAINT "WorkspacePlugin_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

