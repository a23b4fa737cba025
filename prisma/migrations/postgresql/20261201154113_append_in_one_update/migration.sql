-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "prevVisitorSeq" INTEGER NOT NULL DEFAULT 0;

