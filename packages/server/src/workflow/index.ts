export { ActionItemService } from './action-item-service.js';
export type { ActionItemDetail, ActionItemWrite } from './action-item-service.js';
export type { ActionItemView, ActionItemPostmortem } from './action-item-view.js';
export { isOverdue, OPEN_STATUSES } from './action-item-view.js';
export {
  ACTION_ITEM_SORTS,
  actionItemFilterSchema,
  actionItemListSchema,
} from './action-item-list-options.js';
export type {
  ActionItemFilters,
  ActionItemListOptions,
  ActionItemSort,
} from './action-item-list-options.js';
export {
  createActionItemSchema,
  deleteActionItemSchema,
  updateActionItemSchema,
} from './action-item-input.js';
export { actionItemStats } from './action-item-stats.js';
export type { ActionItemStats } from './action-item-stats.js';
export { CommentService } from './comment-service.js';
export type { CommentView } from './comment-view.js';
export { createCommentSchema, updateCommentSchema } from './comment-input.js';
export { ReviewService } from './review-service.js';
export type { ReviewResult, ReviewView } from './review-service.js';
export { REVIEW_STATES, reviewStatus } from './review-state.js';
export type { ReviewEvent, ReviewState, ReviewStatus } from './review-state.js';
export { requestReviewSchema, reviewStepSchema } from './review-input.js';
export { sectionAnchors } from './section-anchors.js';
export type { SectionAnchor } from './section-anchors.js';
export { todayIn, isKnownZone } from './today.js';
export { usersTableLookup } from './user-lookup.js';
export type { KnownUser, UserLookup } from './user-lookup.js';
export { WorkflowError } from './workflow-error.js';
export type { WorkflowErrorCode } from './workflow-error.js';
export type { WorkflowOptions } from './workflow-options.js';
export { roleAtLeast } from './has-role.js';
