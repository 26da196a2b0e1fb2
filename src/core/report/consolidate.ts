import type { IsoDate } from "../deadlines/types";
import type { RoadmapInput, SchoolReturnInput } from "./input";
import type { ActivityGroup, ActivityRef, ExecutionSummary, ReturnsMatrix } from "./model";
import { activitiesAcrossSchools, executionBySchool } from "./school-execution";
import { activityRefs, countStates, groupCounts, overdueByParty } from "./execution";
import { clusterTexts } from "./similarity";

/** The same activity text in several roadmaps, grouped; only groups spanning two or more roadmaps are kept. */
export function sharedActivities(refs: readonly ActivityRef[], threshold: number): ActivityGroup[] {
  const clusters = clusterTexts(refs.map((r) => r.text), threshold);
  return clusters
    .map((idx) => idx.map((i) => refs[i]))
    .map((members): ActivityGroup => ({
      text: members[0].text,
      members,
      roadmapCount: new Set(members.map((m) => m.roadmapIndex)).size,
      counts: countStates(members.map((m) => m.state)),
    }))
    .filter((g) => g.roadmapCount >= 2)
    .sort((a, b) => b.roadmapCount - a.roadmapCount);
}

/** Every roadmap's statuses, and the schools' returns where collected, rolled up into the district view. */
export function summarizeExecution(
  roadmaps: readonly RoadmapInput[],
  asOf: IsoDate,
  similarity: number,
  returns: readonly SchoolReturnInput[] = [],
  matrix: ReturnsMatrix | null = null,
): ExecutionSummary {
  const refs = activityRefs(roadmaps, asOf);
  const byRoadmap = roadmaps.map((r, i) => ({
    name: r.name,
    school: r.school,
    ...countStates(refs.filter((x) => x.roadmapIndex === i).map((x) => x.state)),
  }));
  return {
    total: countStates(refs.map((r) => r.state)),
    bySection: groupCounts(refs, (r) => [r.section]),
    byParty: groupCounts(refs, (r) => r.responsible).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "ru")),
    byRoadmap,
    overdueByParty: overdueByParty(refs),
    shared: sharedActivities(refs, similarity),
    activities: refs,
    bySchool: executionBySchool(refs, returns, asOf),
    acrossSchools: activitiesAcrossSchools(matrix),
  };
}
