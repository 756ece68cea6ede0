export const HOST_TAG = 'scam-job-radar-badge';
