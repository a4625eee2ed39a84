// What a reporter or editor sees at the outbox's addresses: the page's name
// and why they cannot read it, nothing of the mail.
export function OutboxRefused({ reason }: { reason: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Outbox</h1>
      <p className="mt-4 rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">{reason}</p>
    </>
  );
}
