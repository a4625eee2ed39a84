// Placeholder replaced by the job queue core in the next commit.
export async function queueJob(_name: string, _data: object = {}): Promise<void> {}
