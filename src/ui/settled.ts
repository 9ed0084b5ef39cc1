// Reading a Solid resource without its pitfalls: an errored resource throws when read (taking the page
// down to the error boundary), and a plain read suspends the page on every refetch. This gives the last
// value, or undefined while there is none or after an error; show `resource.error` separately.
import type { Resource } from 'solid-js';

export function settled<T>(resource: Resource<T>): T | undefined {
  return resource.error ? undefined : resource.latest;
}
