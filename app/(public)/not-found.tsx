import { NotFoundMessage } from "@/components/site/not-found-message";

// Rendered inside the public layout, which already has the header and <main>.
export default function PublicNotFound() {
  return <NotFoundMessage />;
}
