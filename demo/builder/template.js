// A starting point for a blogger writing their own exercise: the fields most cards use, each
// holding a placeholder that says what goes there. It validates as it is.
export const TEMPLATE = `{
  "schemaVersion": 1,
  "id": "my-exercise",
  "name": "My exercise",
  "summary": "One or two sentences: what the exercise is and why it is worth doing.",
  "level": "beginner",
  "equipment": [],
  "muscles": [
    { "id": "gluteus-maximus", "role": "primary" },
    { "id": "biceps-femoris", "role": "secondary" }
  ],
  "prescription": { "sets": 3, "reps": 10 },
  "steps": [
    "Get into the starting position.",
    "Do the movement.",
    "Return to the start under control."
  ],
  "cues": ["A short reminder to keep in mind on every rep."],
  "mistakes": [
    { "id": "first-mistake", "title": "A common mistake", "avoid": "What to do instead." }
  ]
}
`;
