"""How we say it: campaign plans arrive with the campaign planner issue."""
