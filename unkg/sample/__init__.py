"""The project's sample: ECOSOC resolution 2022/15 in Chinese (a UN document; source: United Nations)."""
