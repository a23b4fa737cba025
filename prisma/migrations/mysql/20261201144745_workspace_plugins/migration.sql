-- CreateTable
CREATE TABLE `WorkspacePlugin` (
    `workspaceId` VARCHAR(191) NOT NULL,
    `name` VARCHAR(512) NOT NULL,
    `enabled` BOOLEAN NOT NULL DEFAULT false,
    `settings` JSON NULL,
    `updatedAt` DATETIME(3) NOT NULL,
    PRIMARY KEY (`workspaceId`, `name`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `WorkspacePlugin` ADD CONSTRAINT `WorkspacePlugin_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
