/**
 * Compatibility re-export for modules outside this refactor (report, validation).
 * New code imports from '@/lib/vocabulary'.
 */
export {
  actionStatusLabel,
  actionTypeLabel,
  areaLabel,
  circleLabel,
  competencyLabel,
  directionLabel,
  formatDate,
  formatFte,
  isArea,
  isLevel,
  type Locale,
  levelLabel,
  levelRankOf,
} from '@/lib/vocabulary';
