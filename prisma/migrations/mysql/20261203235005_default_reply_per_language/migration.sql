-- AlterTable
ALTER TABLE `Workspace` ADD COLUMN `defaultReplyZh` TEXT NULL,
    ADD COLUMN `defaultReplyEn` TEXT NULL;
