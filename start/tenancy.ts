/*
| Registers `Model.query().forKommune(kommune)` before any model is queried
| (#tenancy/for_kommune). Loaded in every environment.
*/
import '#tenancy/for_kommune'
