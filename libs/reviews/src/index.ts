export * from './entities/decision.entity.js';
export * from './entities/finding-response.entity.js';
export * from './entities/finding.entity.js';
export * from './entities/review-comment.entity.js';
export * from './entities/submission-entry.entity.js';
export * from './entities/submission-manifest.entity.js';
export * from './entities/submission.entity.js';
export * from './entities/verdict.entity.js';
