-- DropForeignKey
ALTER TABLE `Conversation` DROP FOREIGN KEY `Conversation_workspaceId_fkey`;

-- DropForeignKey
ALTER TABLE `Conversation` DROP FOREIGN KEY `Conversation_visitorId_fkey`;

-- DropForeignKey
ALTER TABLE `Conversation` DROP FOREIGN KEY `Conversation_assigneeId_fkey`;

-- DropForeignKey
ALTER TABLE `Conversation` DROP FOREIGN KEY `Conversation_departmentId_fkey`;

-- DropIndex
DROP INDEX `Conversation_workspaceId_status_lastMessageAt_idx` ON `Conversation`;

-- DropIndex
DROP INDEX `Conversation_workspaceId_assigneeId_lastMessageAt_idx` ON `Conversation`;

-- DropIndex
DROP INDEX `Conversation_workspaceId_visitorId_lastMessageAt_idx` ON `Conversation`;

-- DropIndex
DROP INDEX `Conversation_workspaceId_lastMessageAt_idx` ON `Conversation`;

-- AlterTable
ALTER TABLE `Conversation` ADD COLUMN `inboxOrderAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);

-- Hand-written: inboxOrderAt starts as a copy of lastMessageAt
UPDATE `Conversation` SET `inboxOrderAt` = `lastMessageAt`;

-- CreateIndex
CREATE INDEX `Conversation_workspaceId_status_inboxOrderAt_idx` ON `Conversation`(`workspaceId`, `status`, `inboxOrderAt`);

-- CreateIndex
CREATE INDEX `Conversation_workspaceId_assigneeId_inboxOrderAt_idx` ON `Conversation`(`workspaceId`, `assigneeId`, `inboxOrderAt`);

-- CreateIndex
CREATE INDEX `Conversation_workspaceId_visitorId_inboxOrderAt_idx` ON `Conversation`(`workspaceId`, `visitorId`, `inboxOrderAt`);

-- CreateIndex
CREATE INDEX `Conversation_workspaceId_inboxOrderAt_idx` ON `Conversation`(`workspaceId`, `inboxOrderAt`);

-- AddForeignKey
ALTER TABLE `Conversation` ADD CONSTRAINT `Conversation_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Conversation` ADD CONSTRAINT `Conversation_visitorId_fkey` FOREIGN KEY (`visitorId`) REFERENCES `Visitor`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Conversation` ADD CONSTRAINT `Conversation_assigneeId_fkey` FOREIGN KEY (`assigneeId`) REFERENCES `Agent`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Conversation` ADD CONSTRAINT `Conversation_departmentId_fkey` FOREIGN KEY (`departmentId`) REFERENCES `Department`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
