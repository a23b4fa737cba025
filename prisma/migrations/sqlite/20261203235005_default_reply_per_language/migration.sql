-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "defaultReplyEn" TEXT;
ALTER TABLE "Workspace" ADD COLUMN "defaultReplyZh" TEXT;

