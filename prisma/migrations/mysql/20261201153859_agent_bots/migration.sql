-- AlterTable
ALTER TABLE `ApiKey` ADD COLUMN `agentBotId` VARCHAR(191) NULL;

-- CreateIndex
CREATE INDEX `ApiKey_agentBotId_idx` ON `ApiKey`(`agentBotId`);

-- CreateTable
CREATE TABLE `AgentBot` (
    `id` VARCHAR(191) NOT NULL,
    `workspaceId` VARCHAR(191) NOT NULL,
    `departmentId` VARCHAR(191) NULL,
    `name` TEXT NOT NULL,
    `avatarUrl` TEXT NULL,
    `mode` ENUM('SUBSCRIPTION', 'WEBHOOK') NOT NULL DEFAULT 'SUBSCRIPTION',
    `webhookUrl` TEXT NULL,
    `disabledAt` DATETIME(3) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,
    INDEX `AgentBot_workspaceId_departmentId_idx`(`workspaceId`, `departmentId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `ApiKey` ADD CONSTRAINT `ApiKey_agentBotId_fkey` FOREIGN KEY (`agentBotId`) REFERENCES `AgentBot`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `AgentBot` ADD CONSTRAINT `AgentBot_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `AgentBot` ADD CONSTRAINT `AgentBot_departmentId_fkey` FOREIGN KEY (`departmentId`) REFERENCES `Department`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
