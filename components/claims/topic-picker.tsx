import { TextInput } from "@/components/claims/claim-form-fields";
import { type FormState, fieldError, submittedList } from "@/lib/form-state";

// Tick the topics the desk already uses; type new ones beside them.
export function TopicPicker({ state, topics, checked = [] }: { state: FormState; topics: { id: string; name: string }[]; checked?: string[] }) {
  const ticked = new Set(submittedList(state, "topicIds") ?? checked);
  const error = fieldError(state, "topicIds");
  return (
    <div className="space-y-3">
      {topics.length > 0 ? (
        <fieldset aria-describedby={error ? "topicIds-error" : undefined}>
          <legend className="text-sm font-medium">Topics</legend>
          <div className="mt-1 flex max-h-40 flex-wrap gap-x-5 gap-y-1 overflow-y-auto rounded border border-gray-300 p-2">
            {topics.map((topic) => (
              <label key={`${topic.id}-${ticked.has(topic.id)}`} className="flex items-center gap-2">
                <input type="checkbox" name="topicIds" value={topic.id} defaultChecked={ticked.has(topic.id)} /> {topic.name}
              </label>
            ))}
          </div>
          {error ? (
            <p id="topicIds-error" className="text-sm font-medium text-red-700">
              {error}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <TextInput
        state={state}
        name="topics"
        label={topics.length > 0 ? "New topics" : "Topics"}
        hint="Separate topics with commas, for example: Iran, Nuclear talks"
      />
    </div>
  );
}
