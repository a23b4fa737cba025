-- AlterTable
ALTER TABLE `Workspace` MODIFY `maxQueueWaitSeconds` INTEGER NULL DEFAULT 300;

-- AlterTable
ALTER TABLE `Conversation` ADD COLUMN `number` INTEGER NULL,
    ADD COLUMN `snoozedUntil` DATETIME(3) NULL,
    ADD COLUMN `leftMessageAt` DATETIME(3) NULL;

-- CreateIndex
CREATE UNIQUE INDEX `Conversation_workspaceId_number_key` ON `Conversation`(`workspaceId`, `number`);

-- CreateIndex
CREATE INDEX `Conversation_snoozedUntil_idx` ON `Conversation`(`snoozedUntil`);

-- CreateTable
CREATE TABLE `ConversationCounter` (
    `id` VARCHAR(191) NOT NULL,
    `lastNumber` INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AlterTable
ALTER TABLE `Message` MODIFY `kind` ENUM('TEXT', 'STATUS_CHANGED', 'ASSIGNED', 'PRIORITY_CHANGED', 'LEFT_MESSAGE') NOT NULL DEFAULT 'TEXT';

-- AddForeignKey
ALTER TABLE `ConversationCounter` ADD CONSTRAINT `ConversationCounter_id_fkey` FOREIGN KEY (`id`) REFERENCES `Workspace`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- Number the existing conversations per workspace in creation order, and start each counter there.
UPDATE `Conversation` c JOIN (SELECT `id`, ROW_NUMBER() OVER (PARTITION BY `workspaceId` ORDER BY `createdAt`, `id`) AS `rn` FROM `Conversation`) n ON c.`id` = n.`id` SET c.`number` = n.`rn`;
INSERT INTO `ConversationCounter` (`id`, `lastNumber`) SELECT `workspaceId`, MAX(`number`) FROM `Conversation` GROUP BY `workspaceId`;
