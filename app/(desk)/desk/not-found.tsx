import { NotFoundMessage } from "@/components/site/not-found-message";

// Rendered inside the desk layout (desk/layout.tsx), which already has the
// header and <main>.
export default function DeskNotFound() {
  return <NotFoundMessage />;
}
