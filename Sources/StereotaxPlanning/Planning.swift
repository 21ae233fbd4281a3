// Planning: resolution, region checks, trajectories.
