-- CreateEnum
CREATE TYPE "RoleAreaMatch" AS ENUM ('all', 'any');

-- AlterTable
ALTER TABLE "RoleDefinition" ADD COLUMN     "areaMatch" "RoleAreaMatch" NOT NULL DEFAULT 'all';
