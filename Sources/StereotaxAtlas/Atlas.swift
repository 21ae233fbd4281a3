// Atlas.
