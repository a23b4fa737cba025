-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "defaultReplyEn" TEXT,
ADD COLUMN     "defaultReplyZh" TEXT;

